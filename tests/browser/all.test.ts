// The browser suite, one file so its tests run one after another: on 2 cores, parallel software-WebGL pages starve.
import { afterAll } from 'vitest';
import { closeSharedBrowser } from './harness';
import './boot-and-saves.suite';
import './keyboard.suite';
import './full-game.suite';
import './a11y.suite';
import './contrast.suite';
import './loading.suite';
import './tuning.suite';
import './touch.suite';
import './korean.suite';

afterAll(closeSharedBrowser);
