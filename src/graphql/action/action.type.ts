import { Field, Int, ObjectType } from 'type-graphql';
import { connectionTypes } from '../common/connection.js';
import { ActionKind, NodeKind, Status } from '../common/enums.js';
import { Entity, Node, registerEntity } from '../common/node.js';
import { Period, Provenance } from '../common/provenance.js';
import { LocalDate } from '../common/scalars.js';

@ObjectType({ description: 'A status as an evaluation in the document reports it.' })
export class StatusReport {
  @Field(() => Status) value!: Status;
  @Field(() => String, { description: "The document's own words." }) text!: string;
  @Field(() => Provenance, { nullable: true }) provenance!: Provenance | null;
}

@ObjectType({ implements: [Node, Entity], description: 'An action, project, programme or measure that implements objectives.' })
export class Action extends Entity {
  @Field(() => ActionKind) actionKind!: ActionKind;
  @Field(() => String, { nullable: true }) code!: string | null;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'The last day the deadline allows; see deadlineText for the wording.' }) deadline!: string | null;
  @Field(() => String, { nullable: true, description: 'The deadline as the document words it ("Eind 2028").' }) deadlineText!: string | null;
  @Field(() => String, { nullable: true, description: 'Kind of commitment, verbatim (e.g. Resultaatsverbintenis).' }) commitment!: string | null;
  @Field(() => String, { nullable: true }) indicator!: string | null;
  @Field(() => Period, { nullable: true }) period!: Period | null;
  @Field(() => Status, { nullable: true }) status!: Status | null;
  @Field(() => StatusReport, { nullable: true }) statusReport!: StatusReport | null;
}
registerEntity(NodeKind.ACTION, Action);

@ObjectType({ implements: [Node, Entity], description: 'A dated deliverable of an action or project.' })
export class Deliverable extends Entity {
  @Field(() => String) title!: string;
  @Field(() => Int, { description: 'Order within its action.' }) position!: number;
  @Field(() => LocalDate, { nullable: true }) due!: string | null;
  @Field(() => String, { nullable: true }) dueText!: string | null;
  @Field(() => Status, { nullable: true }) status!: Status | null;
  @Field(() => String, { nullable: true }) statusText!: string | null;
}
registerEntity(NodeKind.DELIVERABLE, Deliverable);

export const { Connection: ActionConnection, LinkConnection: ActionLinkConnection } = connectionTypes(Action, 'Action');
export const { Connection: DeliverableConnection, LinkConnection: DeliverableLinkConnection } = connectionTypes(Deliverable, 'Deliverable');
