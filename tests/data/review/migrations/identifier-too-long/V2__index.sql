CREATE INDEX index_on_accounts_for_the_nightly_report_by_region_and_billing_plan ON accounts (region, plan);
-- Exactly 63 bytes: kept as written.
CREATE INDEX index_on_accounts_for_the_nightly_report_by_region_and_plan_xyz ON accounts (plan);
