// The Phaser the game ships: Phaser 4's own modules, without the parts the game never uses (both physics
// engines, tilemaps, particles, bitmap text, video, meshes, noise, lights, the loader's file types, gamepads…).
// A namespace is given whole where the game reads much of it, else as just the members the game names: each
// whole namespace brings every file in it into the first file the page must parse and run. The build resolves the game's
// `import Phaser from 'phaser'` here (see vite.config.ts); the typings stay Phaser's own. Whatever the game names
// must be here: tests/browser play every screen on this build, and phaser-lean.test.ts checks the names.
require('phaser/src/polyfills/requestVideoFrame');

const CONST = require('phaser/src/const');
const Extend = require('phaser/src/utils/object/Extend');

// The game objects the scenes draw with, and those Phaser's own systems build (the texture manager's images).
const GameObjects = {
  Events: require('phaser/src/gameobjects/events'),
  DisplayList: require('phaser/src/gameobjects/DisplayList'),
  GameObjectCreator: require('phaser/src/gameobjects/GameObjectCreator'),
  GameObjectFactory: require('phaser/src/gameobjects/GameObjectFactory'),
  UpdateList: require('phaser/src/gameobjects/UpdateList'),
  Components: require('phaser/src/gameobjects/components'),
  GetCalcMatrix: require('phaser/src/gameobjects/GetCalcMatrix'),
  BuildGameObject: require('phaser/src/gameobjects/BuildGameObject'),
  GameObject: require('phaser/src/gameobjects/GameObject'),
  Container: require('phaser/src/gameobjects/container/Container'),
  Graphics: require('phaser/src/gameobjects/graphics/Graphics'),
  Image: require('phaser/src/gameobjects/image/Image'),
  Layer: require('phaser/src/gameobjects/layer/Layer'),
  RenderTexture: require('phaser/src/gameobjects/rendertexture/RenderTexture'),
  Sprite: require('phaser/src/gameobjects/sprite/Sprite'),
  Text: require('phaser/src/gameobjects/text/Text'),
  GetTextSize: require('phaser/src/gameobjects/text/GetTextSize'),
  MeasureText: require('phaser/src/gameobjects/text/MeasureText'),
  TextStyle: require('phaser/src/gameobjects/text/TextStyle'),
  Zone: require('phaser/src/gameobjects/zone/Zone'),
  Shape: require('phaser/src/gameobjects/shape/Shape'),
  Arc: require('phaser/src/gameobjects/shape/arc/Arc'),
  Rectangle: require('phaser/src/gameobjects/shape/rectangle/Rectangle'),
  // Requiring a factory or creator registers it: scene.add.<name> and scene.make.<name>.
  Factories: {
    Container: require('phaser/src/gameobjects/container/ContainerFactory'),
    Graphics: require('phaser/src/gameobjects/graphics/GraphicsFactory'),
    Image: require('phaser/src/gameobjects/image/ImageFactory'),
    Layer: require('phaser/src/gameobjects/layer/LayerFactory'),
    RenderTexture: require('phaser/src/gameobjects/rendertexture/RenderTextureFactory'),
    Sprite: require('phaser/src/gameobjects/sprite/SpriteFactory'),
    Text: require('phaser/src/gameobjects/text/TextFactory'),
    Zone: require('phaser/src/gameobjects/zone/ZoneFactory'),
    Arc: require('phaser/src/gameobjects/shape/arc/ArcFactory'),
    Rectangle: require('phaser/src/gameobjects/shape/rectangle/RectangleFactory'),
  },
  Creators: {
    Container: require('phaser/src/gameobjects/container/ContainerCreator'),
    Graphics: require('phaser/src/gameobjects/graphics/GraphicsCreator'),
    Image: require('phaser/src/gameobjects/image/ImageCreator'),
    Layer: require('phaser/src/gameobjects/layer/LayerCreator'),
    RenderTexture: require('phaser/src/gameobjects/rendertexture/RenderTextureCreator'),
    Sprite: require('phaser/src/gameobjects/sprite/SpriteCreator'),
    Text: require('phaser/src/gameobjects/text/TextCreator'),
    Zone: require('phaser/src/gameobjects/zone/ZoneCreator'),
  },
  // Phaser gives every scene a lights plugin once it is registered: kept, so scenes are built as the published
  // Phaser builds them (the renderer asks a scene for its lights and does without when there are none).
  LightsManager: require('phaser/src/gameobjects/lights/LightsManager'),
  LightsPlugin: require('phaser/src/gameobjects/lights/LightsPlugin'),
};

// The scene plugins the scenes use register themselves when required: input with its keyboard, cameras, the
// clock and tweens. Phaser gives a scene only those registered, so the loader and the scene data store, which
// the game never uses, are not built for each scene.
require('phaser/src/input/InputPlugin');
require('phaser/src/input/keyboard/KeyboardPlugin');
require('phaser/src/cameras/2d/CameraManager');
require('phaser/src/time/Clock');
require('phaser/src/tweens/TweenManager');

const Phaser = Extend(
  false,
  {
    BlendModes: require('phaser/src/renderer/BlendModes'),
    Cameras: { Scene2D: { Camera: require('phaser/src/cameras/2d/Camera') } },
    Core: require('phaser/src/core'),
    Class: require('phaser/src/utils/Class'),
    Curves: { QuadraticBezier: require('phaser/src/curves/QuadraticBezierCurve') },
    Display: { Color: require('phaser/src/display/color') },
    Events: require('phaser/src/events'),
    Game: require('phaser/src/core/Game'),
    GameObjects,
    Geom: { Rectangle: require('phaser/src/geom/rectangle') },
    Input: { Pointer: require('phaser/src/input/Pointer') },
    Math: {
      Clamp: require('phaser/src/math/Clamp'),
      Vector2: require('phaser/src/math/Vector2'),
    },
    // Whole: Phaser's own batch handlers require it, and its WebGL part must load before they do.
    Renderer: require('phaser/src/renderer'),
    Scale: require('phaser/src/scale'),
    ScaleModes: require('phaser/src/renderer/ScaleModes'),
    Scene: require('phaser/src/scene/Scene'),
    Scenes: require('phaser/src/scene'),
    TintModes: require('phaser/src/renderer/TintModes'),
  },
  CONST,
);

module.exports = Phaser;
