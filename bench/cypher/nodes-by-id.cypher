// Floor of read (d): nodes by id, each with its kind and identifying fields.
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n {.id, typename: n.kind, .name, .title, .code, .text, .label} AS node
