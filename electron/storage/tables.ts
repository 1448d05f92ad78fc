/**
 * Every table whose rows users change, with the child tables that must go
 * with a row when it is deleted. Deletes cascade here, in code, rather than
 * through ON DELETE CASCADE, so each removed child gets its own journal row
 * and undo brings the whole tree back.
 */
export const tableNames = ['programme', 'workshop'] as const;
export type TableName = (typeof tableNames)[number];

export interface ChildRelation {
  readonly table: TableName;
  readonly foreignKey: string;
}

export const childRelations: Readonly<Record<TableName, readonly ChildRelation[]>> = {
  programme: [{ table: 'workshop', foreignKey: 'programme_id' }],
  workshop: [],
};

export function isTableName(name: string): name is TableName {
  return (tableNames as readonly string[]).includes(name);
}
