-- PostgreSQL 13 has no DETACH … CONCURRENTLY: nothing better to suggest.
ALTER TABLE events DETACH PARTITION events_2020;
