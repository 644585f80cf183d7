// The Phaser the game ships: Phaser 4's own modules, without the parts the game never uses (both physics
// engines, tilemaps, particles, bitmap text, video, meshes, noise, lights…). The build resolves the game's
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

const Phaser = Extend(
  false,
  {
    Animations: require('phaser/src/animations'),
    BlendModes: require('phaser/src/renderer/BlendModes'),
    Cache: require('phaser/src/cache'),
    Cameras: require('phaser/src/cameras'),
    Core: require('phaser/src/core'),
    Class: require('phaser/src/utils/Class'),
    Curves: require('phaser/src/curves'),
    Data: require('phaser/src/data'),
    Display: require('phaser/src/display'),
    DOM: require('phaser/src/dom'),
    Events: require('phaser/src/events'),
    Filters: require('phaser/src/filters'),
    Game: require('phaser/src/core/Game'),
    GameObjects,
    Geom: require('phaser/src/geom'),
    Input: require('phaser/src/input'),
    Loader: require('phaser/src/loader'),
    Math: require('phaser/src/math'),
    Plugins: require('phaser/src/plugins'),
    Renderer: require('phaser/src/renderer'),
    Scale: require('phaser/src/scale'),
    ScaleModes: require('phaser/src/renderer/ScaleModes'),
    Scene: require('phaser/src/scene/Scene'),
    Scenes: require('phaser/src/scene'),
    Sound: require('phaser/src/sound'),
    Structs: require('phaser/src/structs'),
    Textures: require('phaser/src/textures'),
    Time: require('phaser/src/time'),
    TintModes: require('phaser/src/renderer/TintModes'),
    Tweens: require('phaser/src/tweens'),
    Utils: require('phaser/src/utils'),
  },
  CONST,
);

module.exports = Phaser;
