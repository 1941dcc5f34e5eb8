CREATE TYPE status AS ENUM ('draft', 'approved', 'rejected');
