-- expect: circular-fk departments
-- expect: circular-fk a
-- departments <-> employees (the manager link is nullable) and a -> b -> c -> a, all NOT
-- NULL. A self-reference and a plain chain are not cycles.
CREATE TABLE departments (id bigint PRIMARY KEY, manager_id bigint);
CREATE TABLE employees (id bigint PRIMARY KEY, department_id bigint NOT NULL REFERENCES departments,
                        mentor_id bigint REFERENCES employees);
ALTER TABLE departments ADD FOREIGN KEY (manager_id) REFERENCES employees;
CREATE TABLE a (id bigint PRIMARY KEY, c_id bigint NOT NULL);
CREATE TABLE b (id bigint PRIMARY KEY, a_id bigint NOT NULL REFERENCES a);
CREATE TABLE c (id bigint PRIMARY KEY, b_id bigint NOT NULL REFERENCES b);
ALTER TABLE a ADD CONSTRAINT a_c_id_fkey FOREIGN KEY (c_id) REFERENCES c;
CREATE TABLE x (id bigint PRIMARY KEY);
CREATE TABLE y (id bigint PRIMARY KEY, x_id bigint REFERENCES x);
