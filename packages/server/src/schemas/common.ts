import { Type, type TLiteral, type TUnion } from '@sinclair/typebox';

/** The error body of every 4xx/5xx. */
export const ErrorBody = Type.Object({
  error: Type.Object({
    id: Type.String({ description: 'Stable error id (translate by it)' }),
    message: Type.String(),
    fix: Type.Optional(Type.String()),
  }),
});

/** A uuid path parameter. */
export const Uuid = Type.String({
  pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$',
});

/** `:teamId` params. */
export const TeamParams = Type.Object({ teamId: Uuid }, { additionalProperties: false });
/** `:exerciseId` params. */
export const ExerciseParams = Type.Object({ exerciseId: Uuid }, { additionalProperties: false });

/** A short single-line name. */
export const Name = Type.String({ minLength: 1, maxLength: 200 });
/** Free text (a message, a report field). */
export const Text = Type.String({ maxLength: 20_000 });

/** Standard error responses for the OpenAPI document. */
export const errorResponses = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  422: ErrorBody,
  429: ErrorBody,
};

/** A union of string literals whose static type is the union of the values. */
export function literals<const T extends readonly string[]>(
  values: T,
  options?: { description?: string },
): TUnion<TLiteral<T[number]>[]> {
  return Type.Union(
    values.map((v) => Type.Literal(v)),
    options,
  ) as unknown as TUnion<TLiteral<T[number]>[]>;
}
