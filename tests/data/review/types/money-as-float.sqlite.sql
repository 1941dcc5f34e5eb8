-- SQLite: REAL prices, and NUMERIC(10,2), which SQLite stores as a binary float anyway.
-- Integer cents are the SQLite way.
-- expect: money-as-float tracks.UnitPrice
-- expect: money-as-float invoices.Total
CREATE TABLE tracks (TrackId INTEGER PRIMARY KEY, UnitPrice REAL NOT NULL);
CREATE TABLE invoices (InvoiceId INTEGER PRIMARY KEY, Total NUMERIC(10, 2) NOT NULL);
CREATE TABLE payments (id INTEGER PRIMARY KEY, amount_cents INTEGER NOT NULL, fee_rate REAL);
