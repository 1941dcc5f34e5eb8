-- Customers moved to the billing database (BILL-142): orders keep the id only, and the
-- customers table here is a read-only copy that the nightly sync refreshes.
ALTER TABLE orders DROP CONSTRAINT orders_customer_id_fkey;
