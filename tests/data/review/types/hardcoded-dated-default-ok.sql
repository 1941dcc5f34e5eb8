-- expect-none: hardcoded-dated-default
CREATE TABLE events (
    id bigint PRIMARY KEY,
    happened_on date NOT NULL DEFAULT CURRENT_DATE,
    seen_at timestamptz DEFAULT now(),
    epoch_start timestamptz DEFAULT 'epoch',
    never timestamp DEFAULT '1970-01-01',
    label text DEFAULT 'version 2 of the form'
);
CREATE TABLE cars (id bigint PRIMARY KEY, model text DEFAULT 'Model 3', engine text DEFAULT 'v8 petrol-latest');

