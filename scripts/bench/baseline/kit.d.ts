import type { Component } from 'vue'

export declare const B24App: Component
export declare const B24Avatar: Component
