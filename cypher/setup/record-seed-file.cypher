// One unit of the dataset ($file, as "name@fingerprint") is imported; the seed is not complete
// until record-seed-complete says so.
MERGE (s:PlanGraphSetup {step: 'seed'})
SET s.files = [f IN coalesce(s.files, []) WHERE NOT f STARTS WITH $name + '@'] + [$file],
    s.complete = false, s.at = datetime(), s.by = $owner
