// Lookups the read API filters on.
CREATE INDEX entity_plan IF NOT EXISTS FOR (n:Entity) ON (n.planId);
CREATE INDEX swot_item_type IF NOT EXISTS FOR (n:SwotItem) ON (n.type);
CREATE INDEX objective_level IF NOT EXISTS FOR (n:Objective) ON (n.level);
CREATE INDEX action_deadline IF NOT EXISTS FOR (n:Action) ON (n.deadline);
CREATE INDEX action_status IF NOT EXISTS FOR (n:Action) ON (n.status);
CREATE INDEX deliverable_due IF NOT EXISTS FOR (n:Deliverable) ON (n.due);
CREATE INDEX change_record_node IF NOT EXISTS FOR (n:ChangeRecord) ON (n.nodeId);
CREATE INDEX change_record_organisation IF NOT EXISTS FOR (n:ChangeRecord) ON (n.organisationId);
