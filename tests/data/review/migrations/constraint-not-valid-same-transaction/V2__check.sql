-- Flyway runs this file in one transaction: the VALIDATE still holds the ADD's lock.
ALTER TABLE accounts ADD CONSTRAINT accounts_balance_positive CHECK (balance >= 0) NOT VALID;
ALTER TABLE accounts VALIDATE CONSTRAINT accounts_balance_positive;
