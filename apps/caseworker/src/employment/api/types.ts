import type { RouterInputs, RouterOutputs } from '@bangfu/client';

type Out = RouterOutputs['employment'];
type In = RouterInputs['employment'];

/** Wire shapes of the employment procedures, read off `AppRouter`. */
export type EmployerPage = Out['employers']['list'];
export type EmployerRow = EmployerPage['items'][number];
export type EmployerListInput = In['employers']['list'];
export type EmployerCreateInput = In['employers']['create'];

export type PositionPage = Out['positions']['list'];
export type PositionRow = PositionPage['items'][number];
export type PositionDetail = Out['positions']['get'];
export type PositionListInput = In['positions']['list'];
export type PositionCreateInput = In['positions']['create'];
export type PositionUpdateInput = In['positions']['update'];
export type PositionCloseInput = In['positions']['close'];
export type RecordHiresInput = In['positions']['recordHires'];

export type FairPage = Out['fairs']['list'];
export type FairRow = FairPage['items'][number];
export type FairListInput = In['fairs']['list'];
export type FairDetail = Out['fairs']['get'];
export type FairBooth = FairDetail['booths'][number];
export type FairCreateInput = In['fairs']['create'];
export type FairBoothInput = In['fairs']['addBooth'];

export type HouseholdMatches = RouterOutputs['matching']['forHousehold'];
export type PositionMatch = HouseholdMatches['ranked'][number];
export type PositionMatches = RouterOutputs['matching']['forPosition'];
export type HouseholdMatch = PositionMatches['households'][number];
export type MatchReasonWire = PositionMatch['reasons'][number];

export type CourseRow = RouterOutputs['training']['courses']['list']['items'][number];
export type EnrollmentRow = RouterOutputs['training']['forHousehold'][number];
export type PlacementRow = RouterOutputs['placements']['forHousehold'][number];
export type EnrollInput = RouterInputs['training']['enroll'];
export type CompleteEnrollmentInput = RouterInputs['training']['complete'];
export type PlacementCreateInput = RouterInputs['placements']['create'];
export type RetentionCheckInput = RouterInputs['placements']['checkRetention'];
