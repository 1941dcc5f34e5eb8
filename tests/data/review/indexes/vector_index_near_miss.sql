-- HNSW on the column, and HNSW on a halfvec expression of a 3072-dimension column.
-- expect-none: vector-index

CREATE EXTENSION IF NOT EXISTS vector;

CREATE TABLE chunks (
    id bigint PRIMARY KEY,
    embedding extensions.vector(1536)
);
CREATE INDEX chunks_embedding_idx ON chunks USING hnsw (embedding vector_cosine_ops);

CREATE TABLE pages (
    id bigint PRIMARY KEY,
    embedding vector(3072) NOT NULL
);
CREATE INDEX pages_embedding_idx ON pages
    USING hnsw ((embedding::halfvec(3072)) halfvec_cosine_ops);
