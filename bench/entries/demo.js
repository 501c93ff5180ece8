// Demo datasets for the bench pages.
export * from '@send-insight/data/demo';
