// The Title's first frame draws its shapes, and its texts and pictures one texture at a time (the game's
// renderer draws with one texture per batch, see start-game); Phaser builds the program for each the first
// time a batch needs it, and each stalled that frame for 5–25 ms while the GPU compiled it. Started as soon
// as the renderer exists, they compile in the GPU's own process while the page waits for its data and builds
// the Title; the first frame then only collects them.
import Phaser from 'phaser';

/** Batch sizes, in textures, the Title's first frame draws with. */
const FIRST_BATCH_SIZES = [1];

/** Phaser's program wrapper as used here: its completion step is not in the typings. */
interface ProgramUnderWay {
  compiling: boolean;
  checkParallelCompile(): void;
  _completeProgram(): void;
}

type ProgramConfig = Parameters<Phaser.Renderer.WebGL.ShaderProgramFactory['getShaderProgram']>;

/**
 * A batcher as used here: the program it would ask the factory for; the quad batcher's depends on its
 * texture count.
 */
interface Batcher {
  maxTexturesPerBatch?: number;
  finalizeTextureCount?(count: number): void;
  programManager: {
    currentConfig: {
      base: ProgramConfig[0];
      additions: ProgramConfig[1];
      features: ProgramConfig[2];
    };
  };
}

/**
 * Starts compiling the programs for shapes and for the first screen's batch sizes, without waiting for them.
 * Phaser waits for a program only where it would poll a parallel compile; each of these waits instead, then,
 * at its first use, for whatever the GPU has left to do.
 */
export function compileShadersAhead(game: Phaser.Game): void {
  game.events.once(Phaser.Core.Events.READY, () => {
    const renderer = game.renderer;
    if (!(renderer instanceof Phaser.Renderer.WebGL.WebGLRenderer)) return;
    const config = game.config as { skipUnreadyShaders: boolean };
    if (config.skipUnreadyShaders) return;
    const quads = renderer.renderNodes.getNode('BatchHandlerQuad') as unknown as Batcher;
    const shapes = renderer.renderNodes.getNode('BatchHandlerTriFlat') as unknown as Batcher;
    const start = ({ programManager }: Batcher) => {
      const { base, additions, features } = programManager.currentConfig;
      const program = renderer.shaderProgramFactory.getShaderProgram(
        base,
        additions,
        features,
      ) as unknown as ProgramUnderWay;
      if (program.compiling) program.checkParallelCompile = () => program._completeProgram();
    };
    // While set, a new program starts linking and returns at once (Phaser's parallel compile).
    config.skipUnreadyShaders = true;
    try {
      start(shapes);
      for (const count of FIRST_BATCH_SIZES) {
        if (count > quads.maxTexturesPerBatch!) continue;
        quads.finalizeTextureCount!(count);
        start(quads);
      }
    } finally {
      config.skipUnreadyShaders = false;
    }
  });
}
