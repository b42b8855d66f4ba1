export { CatalogError, loadCatalog, REPO_ROOT } from './loadCatalog';
export type { Catalog, CatalogDimension, CatalogFramework, Translated } from './loadCatalog';
export { LANGUAGES } from './labels';
export type { Language } from './labels';
export { RATING_SCALE } from './ratingScale';
export type { RatingOption } from './ratingScale';
export { STANDARD_OPPORTUNITY_STAGES } from './opportunityStages';
export type { StandardStage } from './opportunityStages';
export type { CatalogStageGate } from './stageGates';
