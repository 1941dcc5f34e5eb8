ALTER TABLE accounts VALIDATE CONSTRAINT accounts_balance_positive;
