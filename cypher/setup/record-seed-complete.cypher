// Every unit of the dataset is imported.
MERGE (s:PlanGraphSetup {step: 'seed'})
SET s.complete = true, s.at = datetime(), s.by = $owner
