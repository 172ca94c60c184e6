/** What staff do to a public consultation; each is a row of `consultationTransitionTable`. */
export type ConsultationCommand =
  | { type: 'create' }
  | { type: 'edit' }
  | { type: 'open' }
  | { type: 'close' }
  | { type: 'withdraw'; reason: string }
  | { type: 'publishFeedback' };

export type ConsultationCommandType = ConsultationCommand['type'];
