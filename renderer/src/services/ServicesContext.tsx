import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { WaymarkState } from '../store/types';
import type { Services } from './Services';

export const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside <ServicesContext.Provider>');
  return services;
}

/** Selects a narrow slice of the store; components never subscribe to the whole state. */
export function useWaymark<T>(selector: (state: WaymarkState) => T): T {
  return useStore(useServices().store, selector);
}
