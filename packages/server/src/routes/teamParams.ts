import { Type, type Static } from '@sinclair/typebox';
import { Uuid } from '../schemas/common.js';

/** `:teamId` params. */
export const TeamParams = Type.Object({ teamId: Uuid }, { additionalProperties: false });
/** `:teamId` params type. */
export type TeamParams = Static<typeof TeamParams>;
