// The scenes a game needs once it leaves the Title: loaded after the Title's first frame.
import { Board } from './Board';
import { Briefing } from './Briefing';
import { Debrief } from './Debrief';
import { Events } from './Events';
import { Negotiation } from './Negotiation';
import { TurnSummary } from './TurnSummary';

export const LATER_SCENES = [Briefing, Board, Negotiation, Events, TurnSummary, Debrief];
