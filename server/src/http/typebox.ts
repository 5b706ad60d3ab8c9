import { type TUnsafe, Type } from "typebox";

/** A string enum as plain JSON Schema `{type: string, enum: [...]}`, typed as the union of its values. */
export function StringEnum<const T extends readonly string[]>(
  values: T,
  options: { description?: string } = {},
): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ type: "string", enum: [...values], ...options });
}

export const Uuid = Type.String({ format: "uuid" });
export const Timestamp = Type.String({ format: "date-time" });
export const NullableTimestamp = Type.Union([Timestamp, Type.Null()]);
export const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });
