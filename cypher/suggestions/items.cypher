// Suggested alignments, what they compare: every objective and action of a published plan, with
// its organisation, its words, its dates and, for it and for what falls under it (sub-objectives,
// the actions that implement them), the partners, IT systems, stakeholder groups (with their
// audiences), themes and threats it involves, each with the links that say so. Curated
// alignments (ALIGNED_WITH) are not read: they measure the suggestions.
MATCH (org:Organisation)-[:PUBLISHES]->(plan:Plan)-[:SETS|PLANS]->(item)
WHERE item:Objective OR item:Action
CALL (org) {
  OPTIONAL MATCH (org)-[:PART_OF*1..4]->(top:Organisation) WHERE NOT (top)-[:PART_OF]->(:Organisation)
  RETURN coalesce(top.id, org.id) AS orgRoot
}
// What falls under the item, each with the links that lead from it to the item.
CALL (item) {
  MATCH p = (x)-[:PART_OF|IMPLEMENTS*0..4]->(item)
  WHERE (x:Objective OR x:Action) AND all(n IN nodes(p) WHERE n:Objective OR n:Action)
  WITH x, p ORDER BY length(p)
  WITH x, collect(p)[0] AS p
  RETURN collect({id: x.id, title: x.title, code: x.code,
                  path: [r IN relationships(p) | startNode(r).id + '>' + type(r) + '>' + endNode(r).id]}) AS scope
}
CALL (item, scope) {
  UNWIND scope AS s
  MATCH (x:Entity {id: s.id})-[r:INVOLVES]->(partner:Organisation)
  OPTIONAL MATCH (partner)-[:PART_OF*1..4]->(top:Organisation) WHERE NOT (top)-[:PART_OF]->(:Organisation)
  RETURN collect(DISTINCT {id: partner.id, name: coalesce(partner.acronym, partner.name), root: coalesce(top.id, partner.id),
                           rootName: coalesce(top.acronym, top.name, partner.acronym, partner.name), via: s.id, role: r.role,
                           link: x.id + '>INVOLVES>' + partner.id}) AS partners
}
CALL (item, scope) {
  UNWIND scope AS s
  MATCH (x:Entity {id: s.id})-[:CONCERNS]->(system:System)
  RETURN collect(DISTINCT {id: system.id, name: coalesce(system.acronym, system.name), via: s.id, link: x.id + '>CONCERNS>' + system.id,
                           operators: COLLECT { MATCH (o:Organisation)-[:OPERATES]->(system) RETURN o.id }}) AS systems
}
CALL (item, scope) {
  UNWIND scope AS s
  MATCH (x:Entity {id: s.id})-[r:INVOLVES]->(group:StakeholderGroup)-[:CLASSIFIED_AS]->(audience:Audience)
  RETURN collect(DISTINCT {id: group.id, name: group.name, audience: audience.id, audienceName: audience.name, via: s.id, role: r.role,
                           link: x.id + '>INVOLVES>' + group.id}) AS groups
}
CALL (item) {
  OPTIONAL MATCH (item)-[:HAS_THEME]->(t:Theme)
  RETURN collect(DISTINCT {id: t.id, name: t.labelEn}) AS themes
}
// Threats and weaknesses the item answers (through a risk domain or directly), with their themes.
CALL (item) {
  CALL (item) {
    MATCH (threat:SwotItem)-[:IN_DOMAIN]->(d:RiskDomain)<-[:ANSWERS]-(item)
    WHERE threat.type IN ['THREAT', 'WEAKNESS']
    RETURN threat, [threat.id + '>IN_DOMAIN>' + d.id, item.id + '>ANSWERS>' + d.id] AS links
    UNION
    MATCH (item)-[:ADDRESSES]->(threat:SwotItem)
    WHERE threat.type IN ['THREAT', 'WEAKNESS']
    RETURN threat, [item.id + '>ADDRESSES>' + threat.id] AS links
  }
  WITH threat, collect(links)[0] AS links
  RETURN collect({id: threat.id, code: threat.code, text: threat.text, links: links,
                  themes: COLLECT { MATCH (threat)-[:HAS_THEME]->(t:Theme) RETURN t.id }}) AS threats
}
RETURN item.id AS id, item.kind AS kind, org.id AS organisation, orgRoot, coalesce(org.acronym, org.name) AS organisationName,
       plan.id AS planId, item.code AS code, item.title AS title, item.description AS description, item.version AS version, item.level AS level, item.actionKind AS actionKind,
       toString(item.deadline) AS deadline, item.deadlineText AS deadlineText,
       coalesce(item.periodFrom, plan.periodFrom) AS periodFrom, coalesce(item.periodTo, plan.periodTo) AS periodTo,
       scope, partners, systems, groups, themes, threats
ORDER BY item.id
