-- An embedding column with no ANN index, and one indexed with IVFFlat.
-- expect: vector-index chunks.embedding
-- expect: vector-index documents.embedding

CREATE EXTENSION IF NOT EXISTS vector;

CREATE TABLE chunks (
    id bigint PRIMARY KEY,
    content text NOT NULL,
    embedding vector(1536)
);

CREATE TABLE documents (
    id bigint PRIMARY KEY,
    embedding vector(768) NOT NULL
);
CREATE INDEX documents_embedding_idx ON documents
    USING ivfflat (embedding vector_cosine_ops) WITH (lists = 100);
