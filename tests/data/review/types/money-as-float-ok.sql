-- expect-none: money-as-float
CREATE TABLE invoices (
    id bigint PRIMARY KEY,
    total numeric(12, 2) NOT NULL,
    amount_cents bigint NOT NULL,
    discount_percent real,
    processing_time_ms double precision
);
