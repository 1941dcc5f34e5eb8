DROP INDEX orders_account_idx;
