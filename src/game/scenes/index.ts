// Every scene, in start order: the Preloader runs first, then the director shows the rest. Only the Preloader
// and the Title are in the code the page loads before the first screen; the others load once it is drawn.
import type Phaser from 'phaser';
import { Preloader } from './Preloader';
import { Title } from './Title';

export const FIRST_SCENES = [Preloader, Title];

/** The scenes after the Title, as classes to hand to the scene manager. */
export async function laterScenes(): Promise<(typeof Phaser.Scene)[]> {
  const { LATER_SCENES } = await import('./later');
  return LATER_SCENES;
}
