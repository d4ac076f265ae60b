// What the graph records of the start-up steps: the schema version applied, the files seeded.
OPTIONAL MATCH (schema:PlanGraphSetup {step: 'schema'})
OPTIONAL MATCH (seed:PlanGraphSetup {step: 'seed'})
RETURN schema.version AS schemaVersion,
       coalesce(seed.files, []) AS seededFiles,
       coalesce(seed.complete, false) AS seedComplete
