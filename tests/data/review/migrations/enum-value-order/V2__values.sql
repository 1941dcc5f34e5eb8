ALTER TYPE status ADD VALUE 'archived';
ALTER TYPE status ADD VALUE 'in_review' BEFORE 'approved';
CREATE TYPE priority AS ENUM ('low', 'high');
ALTER TYPE priority ADD VALUE 'urgent';
