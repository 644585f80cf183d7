// Every scene, in start order: the Preloader runs first, then the director shows the rest.
import { Board } from './Board';
import { Briefing } from './Briefing';
import { Debrief } from './Debrief';
import { Events } from './Events';
import { Negotiation } from './Negotiation';
import { Preloader } from './Preloader';
import { Title } from './Title';
import { TurnSummary } from './TurnSummary';

export const SCENES = [
  Preloader,
  Title,
  Briefing,
  Board,
  Negotiation,
  Events,
  TurnSummary,
  Debrief,
];
