DROP DATABASE IF EXISTS legacy_reports;
