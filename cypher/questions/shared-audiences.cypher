// Which stakeholder groups several organisations both serve. Each document names its own groups
// ("magistraten", "deelnemers ZM"); curated CLASSIFIED_AS links put them in one vocabulary of
// audiences, so groups of different plans meet in their audience. An organisation serves a group
// when an objective or action of one of its plans involves the group in one of $roles (by
// default BENEFICIARY). Per audience: per organisation, its groups of that audience (with the
// classification) and the items that serve each (with the involvement).
UNWIND $organisationIds AS orgId
MATCH (org:Organisation {id: orgId})-[:PUBLISHES]->(:Plan)-[:SETS|PLANS]->(item)-[inv:INVOLVES]->(group:StakeholderGroup)-[cls:CLASSIFIED_AS]->(audience:Audience)
WHERE inv.role IN $roles
WITH audience, org, group, cls, item, inv
ORDER BY item.docKey
WITH audience, org, group, cls, collect({item: item, evidence: inv}) AS items
ORDER BY group.docKey
WITH audience, org, collect({group: group, classification: cls, items: items}) AS groups
ORDER BY org.id
WITH audience, collect({organisation: org, groups: groups}) AS servedBy
WHERE size(servedBy) >= $atLeast
RETURN audience, servedBy, size(servedBy) AS breadth
