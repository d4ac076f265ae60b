// Generated from src/model by `npm run cypher:emit`; edit the model, not this file.
// Identity: ids are unique across all kinds (every node is also an Entity) and within each kind.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT plan_id IF NOT EXISTS FOR (n:Plan) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT stakeholder_group_id IF NOT EXISTS FOR (n:StakeholderGroup) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT swot_item_id IF NOT EXISTS FOR (n:SwotItem) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT pestel_factor_id IF NOT EXISTS FOR (n:PestelFactor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT risk_id IF NOT EXISTS FOR (n:Risk) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT risk_domain_id IF NOT EXISTS FOR (n:RiskDomain) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT objective_id IF NOT EXISTS FOR (n:Objective) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT action_id IF NOT EXISTS FOR (n:Action) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT deliverable_id IF NOT EXISTS FOR (n:Deliverable) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT system_id IF NOT EXISTS FOR (n:System) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT figure_id IF NOT EXISTS FOR (n:Figure) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT theme_id IF NOT EXISTS FOR (n:Theme) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT fact_id IF NOT EXISTS FOR (n:Fact) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT finding_id IF NOT EXISTS FOR (n:Finding) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT question_id IF NOT EXISTS FOR (n:Question) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT answer_id IF NOT EXISTS FOR (n:Answer) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT budget_line_id IF NOT EXISTS FOR (n:BudgetLine) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT indicator_id IF NOT EXISTS FOR (n:Indicator) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT reference_id IF NOT EXISTS FOR (n:Reference) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT audience_id IF NOT EXISTS FOR (n:Audience) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT entity_code_scope IF NOT EXISTS FOR (n:Entity) REQUIRE n.codeScope IS UNIQUE;
CREATE CONSTRAINT entity_plan_code IF NOT EXISTS FOR (n:Entity) REQUIRE n.planCode IS UNIQUE;
CREATE CONSTRAINT change_record_id IF NOT EXISTS FOR (n:ChangeRecord) REQUIRE n.id IS UNIQUE;
