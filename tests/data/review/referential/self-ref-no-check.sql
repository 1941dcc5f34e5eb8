-- expect: self-ref-no-check categories.parent_id
-- expect: self-ref-no-check employees.manager_id
-- Fine: folders forbid parent_id = id with a CHECK, nodes with IS DISTINCT FROM.
CREATE TABLE categories (id bigint PRIMARY KEY, parent_id bigint REFERENCES categories);
CREATE TABLE employees (id bigint PRIMARY KEY, manager_id bigint REFERENCES employees (id));
CREATE TABLE folders (id bigint PRIMARY KEY, parent_id bigint REFERENCES folders,
                      CHECK (parent_id <> id));
CREATE TABLE nodes (id bigint PRIMARY KEY, parent_id bigint REFERENCES nodes,
                    CONSTRAINT nodes_not_self CHECK (parent_id IS DISTINCT FROM id));
