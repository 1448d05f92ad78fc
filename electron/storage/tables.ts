/**
 * Every table whose rows users change, with the rows elsewhere that point at
 * them. Deletes follow these relations here, in code, rather than through ON
 * DELETE clauses, so each removed or unlinked row gets its own journal entry
 * and undo brings the whole tree back.
 */
export const tableNames = ['programme', 'workshop', 'participant', 'cluster', 'note'] as const;
export type TableName = (typeof tableNames)[number];

export interface ChildRelation {
  readonly table: TableName;
  readonly foreignKey: string;
  /** cascade: the child goes too; unlink: the child stays with the key set to null. */
  readonly onDelete: 'cascade' | 'unlink';
}

// Order matters: notes point at participants and clusters, so they go first.
export const childRelations: Readonly<Record<TableName, readonly ChildRelation[]>> = {
  programme: [{ table: 'workshop', foreignKey: 'programme_id', onDelete: 'cascade' }],
  workshop: [
    { table: 'note', foreignKey: 'workshop_id', onDelete: 'cascade' },
    { table: 'cluster', foreignKey: 'workshop_id', onDelete: 'cascade' },
    { table: 'participant', foreignKey: 'workshop_id', onDelete: 'cascade' },
  ],
  participant: [{ table: 'note', foreignKey: 'author_id', onDelete: 'unlink' }],
  cluster: [{ table: 'note', foreignKey: 'cluster_id', onDelete: 'unlink' }],
  note: [],
};

export function isTableName(name: string): name is TableName {
  return (tableNames as readonly string[]).includes(name);
}
