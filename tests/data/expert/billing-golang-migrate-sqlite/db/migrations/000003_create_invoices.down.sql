DROP TABLE line_items;
DROP TABLE invoices;
