-- Staff are named by the token's stable subject (the existing columns, from now on) and by their display name at the
-- time of the action (the new *_name columns), shown in answers. Rows written before this migration stored the login
-- name in the subject columns: it is also their display name, so those rows stay readable as they were.
ALTER TABLE consultation ADD COLUMN agent_name VARCHAR(200);
ALTER TABLE consultation ADD COLUMN resolved_by_name VARCHAR(200);
ALTER TABLE consultation ADD COLUMN closed_by_name VARCHAR(200);
UPDATE consultation SET agent_name = agent, resolved_by_name = resolved_by, closed_by_name = closed_by;
ALTER TABLE consultation ALTER COLUMN agent_name SET NOT NULL;

ALTER TABLE lkpp_escalation ADD COLUMN escalated_by_name VARCHAR(200);
ALTER TABLE lkpp_escalation ADD COLUMN answer_recorded_by_name VARCHAR(200);
UPDATE lkpp_escalation SET escalated_by_name = escalated_by, answer_recorded_by_name = answer_recorded_by;
ALTER TABLE lkpp_escalation ALTER COLUMN escalated_by_name SET NOT NULL;

ALTER TABLE callback ADD COLUMN agent_name VARCHAR(200);
UPDATE callback SET agent_name = agent;
ALTER TABLE callback ALTER COLUMN agent_name SET NOT NULL;

ALTER TABLE complaint ADD COLUMN recorded_by_name VARCHAR(200);
ALTER TABLE complaint ADD COLUMN answered_by_name VARCHAR(200);
UPDATE complaint SET recorded_by_name = recorded_by, answered_by_name = answered_by;
