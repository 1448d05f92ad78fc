/**
 * Every table whose rows users change, with the rows elsewhere that point at
 * them. Deletes follow these relations here, in code, rather than through ON
 * DELETE clauses, so each removed or unlinked row gets its own journal entry
 * and undo brings the whole tree back.
 */
export const tableNames = ['programme', 'workshop', 'participant', 'cluster', 'note', 'matrix_placement', 'vote_round', 'vote', 'paper_count', 'item_outcome', 'improvement_area', 'plan', 'plan_area', 'plan_goal', 'plan_activity', 'plan_meeting', 'plan_history', 'plan_decision', 'plan_parked', 'risk_register', 'risk', 'risk_assessment', 'risk_action', 'process_map', 'map_lane', 'map_phase', 'map_element', 'map_card_note', 'map_arrow'] as const;
export type TableName = (typeof tableNames)[number];

export interface ChildRelation {
  readonly table: TableName;
  readonly foreignKey: string;
  /** cascade: the child goes too; unlink: the child stays with the key set to null. */
  readonly onDelete: 'cascade' | 'unlink';
}

const ITEM_CHILDREN: readonly ChildRelation[] = [
  { table: 'matrix_placement', foreignKey: 'id', onDelete: 'cascade' },
  { table: 'item_outcome', foreignKey: 'id', onDelete: 'cascade' },
  { table: 'vote', foreignKey: 'item_id', onDelete: 'cascade' },
  { table: 'paper_count', foreignKey: 'item_id', onDelete: 'cascade' },
];

// Order matters: votes and notes point at participants (and notes at
// clusters), so they go before what they point at.
export const childRelations: Readonly<Record<TableName, readonly ChildRelation[]>> = {
  programme: [
    { table: 'risk_register', foreignKey: 'programme_id', onDelete: 'cascade' },
    { table: 'process_map', foreignKey: 'programme_id', onDelete: 'cascade' },
    { table: 'plan', foreignKey: 'programme_id', onDelete: 'cascade' },
    { table: 'improvement_area', foreignKey: 'programme_id', onDelete: 'cascade' },
    { table: 'workshop', foreignKey: 'programme_id', onDelete: 'cascade' },
  ],
  workshop: [
    { table: 'risk', foreignKey: 'source_workshop_id', onDelete: 'unlink' },
    { table: 'improvement_area', foreignKey: 'workshop_id', onDelete: 'cascade' },
    { table: 'item_outcome', foreignKey: 'workshop_id', onDelete: 'cascade' },
    { table: 'vote_round', foreignKey: 'workshop_id', onDelete: 'cascade' },
    { table: 'matrix_placement', foreignKey: 'workshop_id', onDelete: 'cascade' },
    { table: 'note', foreignKey: 'workshop_id', onDelete: 'cascade' },
    { table: 'cluster', foreignKey: 'workshop_id', onDelete: 'cascade' },
    { table: 'participant', foreignKey: 'workshop_id', onDelete: 'cascade' },
  ],
  participant: [
    { table: 'vote', foreignKey: 'participant_id', onDelete: 'cascade' },
    { table: 'note', foreignKey: 'author_id', onDelete: 'unlink' },
  ],
  // An item (cluster or note) takes its placement, outcome, dots and paper
  // counts with it, so results never count something that is gone.
  // A challenge card outlives its source: it keeps its text, only no longer opens the notes.
  cluster: [{ table: 'map_element', foreignKey: 'cluster_id', onDelete: 'unlink' }, { table: 'note', foreignKey: 'cluster_id', onDelete: 'unlink' }, ...ITEM_CHILDREN],
  note: [{ table: 'map_card_note', foreignKey: 'note_id', onDelete: 'cascade' }, ...ITEM_CHILDREN],
  matrix_placement: [],
  vote_round: [
    { table: 'vote', foreignKey: 'round_id', onDelete: 'cascade' },
    { table: 'paper_count', foreignKey: 'round_id', onDelete: 'cascade' },
  ],
  vote: [],
  paper_count: [],
  item_outcome: [],
  // The area outlives its cluster (it belongs to the programme's plan now),
  // but not its workshop, which it links back to.
  improvement_area: [{ table: 'plan_area', foreignKey: 'improvement_area_id', onDelete: 'unlink' }],
  // Meetings go first so their decisions and parked items leave before the
  // activities these point at; history stays with its activity.
  plan: [
    { table: 'plan_meeting', foreignKey: 'plan_id', onDelete: 'cascade' },
    { table: 'plan_area', foreignKey: 'plan_id', onDelete: 'cascade' },
  ],
  plan_area: [
    { table: 'risk', foreignKey: 'source_area_id', onDelete: 'unlink' },
    { table: 'plan_activity', foreignKey: 'area_id', onDelete: 'cascade' },
    { table: 'plan_goal', foreignKey: 'area_id', onDelete: 'cascade' },
  ],
  // A delmål that goes leaves its activities under the område.
  plan_goal: [{ table: 'plan_activity', foreignKey: 'goal_id', onDelete: 'unlink' }],
  plan_activity: [
    { table: 'risk_action', foreignKey: 'activity_id', onDelete: 'cascade' },
    { table: 'map_element', foreignKey: 'activity_id', onDelete: 'unlink' },
    { table: 'plan_history', foreignKey: 'activity_id', onDelete: 'cascade' },
    { table: 'plan_parked', foreignKey: 'activity_id', onDelete: 'cascade' },
    { table: 'plan_decision', foreignKey: 'activity_id', onDelete: 'unlink' },
  ],
  // The history outlives a deleted meeting: it still says what changed, only no longer where.
  plan_meeting: [
    { table: 'risk_assessment', foreignKey: 'meeting_id', onDelete: 'unlink' },
    { table: 'plan_history', foreignKey: 'meeting_id', onDelete: 'unlink' },
    { table: 'plan_decision', foreignKey: 'meeting_id', onDelete: 'cascade' },
    { table: 'plan_parked', foreignKey: 'meeting_id', onDelete: 'cascade' },
  ],
  plan_history: [],
  plan_decision: [],
  plan_parked: [],
  // The register goes with its programme; risks take their history and action links along.
  risk_register: [{ table: 'risk', foreignKey: 'register_id', onDelete: 'cascade' }],
  risk: [
    { table: 'risk_action', foreignKey: 'risk_id', onDelete: 'cascade' },
    { table: 'risk_assessment', foreignKey: 'risk_id', onDelete: 'cascade' },
  ],
  risk_assessment: [],
  risk_action: [],
  // Arrows go before the elements they join, elements before their lanes; the paired map stays, unpaired.
  process_map: [
    { table: 'process_map', foreignKey: 'pair_id', onDelete: 'unlink' },
    { table: 'map_arrow', foreignKey: 'map_id', onDelete: 'cascade' },
    { table: 'map_element', foreignKey: 'map_id', onDelete: 'cascade' },
    { table: 'map_lane', foreignKey: 'map_id', onDelete: 'cascade' },
    { table: 'map_phase', foreignKey: 'map_id', onDelete: 'cascade' },
  ],
  // The services move a lane's elements elsewhere before deleting it; this only keeps a map delete whole.
  map_lane: [{ table: 'map_element', foreignKey: 'lane_id', onDelete: 'cascade' }],
  map_phase: [],
  map_element: [
    { table: 'map_arrow', foreignKey: 'from_id', onDelete: 'cascade' },
    { table: 'map_arrow', foreignKey: 'to_id', onDelete: 'cascade' },
    { table: 'map_card_note', foreignKey: 'element_id', onDelete: 'cascade' },
    { table: 'map_element', foreignKey: 'pinned_to_id', onDelete: 'unlink' },
    { table: 'map_element', foreignKey: 'link_id', onDelete: 'unlink' },
  ],
  map_card_note: [],
  map_arrow: [],
};

export function isTableName(name: string): name is TableName {
  return (tableNames as readonly string[]).includes(name);
}
