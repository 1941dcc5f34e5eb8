DROP INDEX orders_account_idx;
DROP INDEX accounts_email_idx;
