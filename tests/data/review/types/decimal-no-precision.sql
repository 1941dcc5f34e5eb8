-- expect: decimal-no-precision payments.amount
-- expect: decimal-no-precision measurements.reading
CREATE TABLE payments (id bigint PRIMARY KEY, amount numeric NOT NULL, fee numeric(12, 2));
CREATE TABLE measurements (id bigint PRIMARY KEY, reading decimal, calibrated numeric(10, 3));
