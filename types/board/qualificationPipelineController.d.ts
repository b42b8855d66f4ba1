/**
 * `QualificationPipelineController.getPipelinePage` (force-app/board/classes): one page of the pipeline
 * view. The shapes are "Pipeline view" in docs/architecture.md and c/qualificationPipelineModel.
 */
declare module '@salesforce/apex/QualificationPipelineController.getPipelinePage' {
    import type { PipelinePage, PipelineRequest } from 'c/qualificationPipelineModel';

    export default function getPipelinePage(params: {
        request: PipelineRequest;
    }): Promise<PipelinePage>;
}
