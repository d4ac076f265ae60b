// Whether any plan is loaded: the service imports the dataset at start when none is.
MATCH (p:Plan)
RETURN count(p) > 0 AS loaded
