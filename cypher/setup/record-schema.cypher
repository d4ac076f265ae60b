// The schema of version $version is applied.
MERGE (s:PlanGraphSetup {step: 'schema'})
SET s.version = $version, s.at = datetime(), s.by = $owner
