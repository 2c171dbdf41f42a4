/**
 * A new empty list meant for objects, of the elements kind V8 gives lists of objects. A `[]` starts as a list of
 * small integers and changes kind (and map) when an object is put in; code optimised for lists of one kind that meets
 * one of the other is thrown away ("wrong map" deoptimisation) and compiled again, which for the loaders' largest
 * functions costs more than they take to run on many documents. Lists handed between the parser's stages are made so
 * where they may stay empty.
 */
export function emptyList<T extends object>(): T[] {
  return [null].slice(0, 0) as never[];
}
